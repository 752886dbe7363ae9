import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { parseId } from '@telemed/subgraph-kit/arguments';
import { ConflictError, NotFoundError } from '@telemed/subgraph-kit/errors';
import { parseInput } from '@telemed/subgraph-kit/validation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { fetchAppointmentFacts } from '../appointments/appointment.client';
import { ReviewInput } from '../review/review.inputs';
import { assertCanReview } from '../review/review.policy';
import { Review } from '../review/review.entity';
import { timeOffInput, WorkingHoursList } from '../schedule/schedule.inputs';
import { assertCanManageSchedule } from '../schedule/schedule.policy';
import { addTimeOff, lockDoctor, replaceWorkingHours } from '../schedule/schedule.repository';
import { TimeOff } from '../schedule/time-off.entity';

// Each mutation's effect is one em.transactional callback: nothing partial is
// saved, and the future outbox records its event in the same callback.
export const Mutation: MutationResolvers = {
  setWorkingHours: async (_, args, { em, caller }) => {
    const doctorId = parseId(args.doctorId, 'doctorId');
    assertCanManageSchedule(caller, doctorId);
    const blocks = parseInput(WorkingHoursList, args.hours, 'hours');
    return em.transactional(async (tx) => {
      const doctor = await lockDoctor(tx, doctorId);
      await replaceWorkingHours(tx, doctor, blocks);
      return doctor;
    });
  },

  addTimeOff: async (_, args, { em, caller }) => {
    const doctorId = parseId(args.doctorId, 'doctorId');
    assertCanManageSchedule(caller, doctorId);
    const period = parseInput(timeOffInput(new Date()), args.input);
    return em.transactional(async (tx) => addTimeOff(tx, await lockDoctor(tx, doctorId), period));
  },

  removeTimeOff: async (_, args, { em, caller }) => {
    const id = parseId(args.id);
    return em.transactional(async (tx) => {
      const period = await tx.findOne(TimeOff, { id });
      if (!period) throw new NotFoundError('TimeOff', id);
      assertCanManageSchedule(caller, period.doctor.id);
      const doctor = await lockDoctor(tx, period.doctor.id);
      tx.remove(period);
      return doctor;
    });
  },

  submitReview: async (_, args, ctx) => {
    const { em, caller } = ctx;
    const input = parseInput(ReviewInput, args.input);
    // Asked before the transaction: no database connection waits on HTTP.
    const appointment = await fetchAppointmentFacts(input.appointmentId, ctx);
    const patient = assertCanReview(caller, appointment);
    try {
      return await em.transactional(async (tx) => {
        const doctor = await lockDoctor(tx, appointment.doctorId);
        return tx.create(Review, {
          id: crypto.randomUUID(),
          doctor,
          patientId: patient.patientId!,
          appointmentId: appointment.id,
          rating: input.rating,
          comment: input.comment,
          createdAt: new Date(),
        });
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ConflictError('This appointment has already been reviewed');
      throw error;
    }
  },
};
