import type { WorkingHoursResolvers } from '../__generated__/resolvers-types';
import { dayName, formatTimeOfDay } from '../schedule/time-of-day';

export const WorkingHours: WorkingHoursResolvers = {
  dayOfWeek: (block) => dayName(block.dayOfWeek),
  startTime: (block) => formatTimeOfDay(block.startMinute),
  endTime: (block) => formatTimeOfDay(block.endMinute),
};
