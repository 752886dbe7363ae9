/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AppointmentAttachments_appointment on Appointment {\n    id\n    attachments {\n      id\n      filename\n      size\n      contentType\n      status\n      downloadUrl\n    }\n  }\n": typeof types.AppointmentAttachments_AppointmentFragmentDoc,
    "\n  mutation DoctorRequestFileUpload($input: RequestFileUploadInput!) {\n    requestFileUpload(input: $input) {\n      file {\n        id\n        status\n      }\n      uploadUrl\n      expiresAt\n    }\n  }\n": typeof types.DoctorRequestFileUploadDocument,
    "\n  fragment AppointmentRow_appointment on Appointment {\n    id\n    startsAt\n    status\n    reason\n    patient {\n      id\n      name\n    }\n  }\n": typeof types.AppointmentRow_AppointmentFragmentDoc,
    "\n  fragment NotesForm_consultation on Consultation {\n    id\n    notes {\n      subjective\n      objective\n      assessment\n      plan\n    }\n  }\n": typeof types.NotesForm_ConsultationFragmentDoc,
    "\n  mutation SaveNotes($appointmentId: ID!, $notes: SoapNotesInput!) {\n    documentConsultation(appointmentId: $appointmentId, input: { notes: $notes }) {\n      id\n      ...NotesForm_consultation\n    }\n  }\n": typeof types.SaveNotesDocument,
    "\n  mutation RecordVitals($appointmentId: ID!, $vitals: VitalSignsInput!) {\n    documentConsultation(appointmentId: $appointmentId, input: { vitals: $vitals }) {\n      id\n      ...VitalsTable_consultation\n    }\n  }\n": typeof types.RecordVitalsDocument,
    "\n  fragment VitalsTable_consultation on Consultation {\n    id\n    vitals {\n      id\n      recordedAt\n      systolicMmHg\n      diastolicMmHg\n      heartRateBpm\n      temperatureCelsius\n      oxygenSaturationPercent\n    }\n  }\n": typeof types.VitalsTable_ConsultationFragmentDoc,
    "\n  query DoctorConsultation($id: ID!) {\n    appointment(id: $id) {\n      id\n      status\n      startsAt\n      reason\n      ...AppointmentAttachments_appointment\n      patient {\n        id\n        name\n      }\n      consultation {\n        id\n        ...VitalsTable_consultation\n        ...NotesForm_consultation\n      }\n    }\n  }\n": typeof types.DoctorConsultationDocument,
    "\n  subscription DoctorConsultationLive($appointmentId: ID!) {\n    consultationUpdated(appointmentId: $appointmentId) {\n      id\n      ...VitalsTable_consultation\n      ...NotesForm_consultation\n      appointment {\n        id\n        status\n        consultation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DoctorConsultationLiveDocument,
    "\n  mutation DoctorCheckIn($id: ID!) {\n    checkInAppointment(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DoctorCheckInDocument,
    "\n  mutation StartConsultation($id: ID!) {\n    startAppointment(id: $id) {\n      id\n      status\n      consultation {\n        id\n        ...VitalsTable_consultation\n        ...NotesForm_consultation\n      }\n    }\n  }\n": typeof types.StartConsultationDocument,
    "\n  mutation CompleteConsultation($id: ID!) {\n    completeAppointment(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteConsultationDocument,
    "\n  query Schedule($from: DateTime!) {\n    appointmentSearch(filter: { from: $from }, first: 100) {\n      edges {\n        node {\n          id\n          ...AppointmentRow_appointment\n        }\n      }\n    }\n  }\n": typeof types.ScheduleDocument,
    "\n  subscription ScheduleChanged {\n    appointmentChanged {\n      id\n      ...AppointmentRow_appointment\n    }\n  }\n": typeof types.ScheduleChangedDocument,
};
const documents: Documents = {
    "\n  fragment AppointmentAttachments_appointment on Appointment {\n    id\n    attachments {\n      id\n      filename\n      size\n      contentType\n      status\n      downloadUrl\n    }\n  }\n": types.AppointmentAttachments_AppointmentFragmentDoc,
    "\n  mutation DoctorRequestFileUpload($input: RequestFileUploadInput!) {\n    requestFileUpload(input: $input) {\n      file {\n        id\n        status\n      }\n      uploadUrl\n      expiresAt\n    }\n  }\n": types.DoctorRequestFileUploadDocument,
    "\n  fragment AppointmentRow_appointment on Appointment {\n    id\n    startsAt\n    status\n    reason\n    patient {\n      id\n      name\n    }\n  }\n": types.AppointmentRow_AppointmentFragmentDoc,
    "\n  fragment NotesForm_consultation on Consultation {\n    id\n    notes {\n      subjective\n      objective\n      assessment\n      plan\n    }\n  }\n": types.NotesForm_ConsultationFragmentDoc,
    "\n  mutation SaveNotes($appointmentId: ID!, $notes: SoapNotesInput!) {\n    documentConsultation(appointmentId: $appointmentId, input: { notes: $notes }) {\n      id\n      ...NotesForm_consultation\n    }\n  }\n": types.SaveNotesDocument,
    "\n  mutation RecordVitals($appointmentId: ID!, $vitals: VitalSignsInput!) {\n    documentConsultation(appointmentId: $appointmentId, input: { vitals: $vitals }) {\n      id\n      ...VitalsTable_consultation\n    }\n  }\n": types.RecordVitalsDocument,
    "\n  fragment VitalsTable_consultation on Consultation {\n    id\n    vitals {\n      id\n      recordedAt\n      systolicMmHg\n      diastolicMmHg\n      heartRateBpm\n      temperatureCelsius\n      oxygenSaturationPercent\n    }\n  }\n": types.VitalsTable_ConsultationFragmentDoc,
    "\n  query DoctorConsultation($id: ID!) {\n    appointment(id: $id) {\n      id\n      status\n      startsAt\n      reason\n      ...AppointmentAttachments_appointment\n      patient {\n        id\n        name\n      }\n      consultation {\n        id\n        ...VitalsTable_consultation\n        ...NotesForm_consultation\n      }\n    }\n  }\n": types.DoctorConsultationDocument,
    "\n  subscription DoctorConsultationLive($appointmentId: ID!) {\n    consultationUpdated(appointmentId: $appointmentId) {\n      id\n      ...VitalsTable_consultation\n      ...NotesForm_consultation\n      appointment {\n        id\n        status\n        consultation {\n          id\n        }\n      }\n    }\n  }\n": types.DoctorConsultationLiveDocument,
    "\n  mutation DoctorCheckIn($id: ID!) {\n    checkInAppointment(id: $id) {\n      id\n      status\n    }\n  }\n": types.DoctorCheckInDocument,
    "\n  mutation StartConsultation($id: ID!) {\n    startAppointment(id: $id) {\n      id\n      status\n      consultation {\n        id\n        ...VitalsTable_consultation\n        ...NotesForm_consultation\n      }\n    }\n  }\n": types.StartConsultationDocument,
    "\n  mutation CompleteConsultation($id: ID!) {\n    completeAppointment(id: $id) {\n      id\n      status\n    }\n  }\n": types.CompleteConsultationDocument,
    "\n  query Schedule($from: DateTime!) {\n    appointmentSearch(filter: { from: $from }, first: 100) {\n      edges {\n        node {\n          id\n          ...AppointmentRow_appointment\n        }\n      }\n    }\n  }\n": types.ScheduleDocument,
    "\n  subscription ScheduleChanged {\n    appointmentChanged {\n      id\n      ...AppointmentRow_appointment\n    }\n  }\n": types.ScheduleChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentAttachments_appointment on Appointment {\n    id\n    attachments {\n      id\n      filename\n      size\n      contentType\n      status\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  fragment AppointmentAttachments_appointment on Appointment {\n    id\n    attachments {\n      id\n      filename\n      size\n      contentType\n      status\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DoctorRequestFileUpload($input: RequestFileUploadInput!) {\n    requestFileUpload(input: $input) {\n      file {\n        id\n        status\n      }\n      uploadUrl\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation DoctorRequestFileUpload($input: RequestFileUploadInput!) {\n    requestFileUpload(input: $input) {\n      file {\n        id\n        status\n      }\n      uploadUrl\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentRow_appointment on Appointment {\n    id\n    startsAt\n    status\n    reason\n    patient {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AppointmentRow_appointment on Appointment {\n    id\n    startsAt\n    status\n    reason\n    patient {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotesForm_consultation on Consultation {\n    id\n    notes {\n      subjective\n      objective\n      assessment\n      plan\n    }\n  }\n"): (typeof documents)["\n  fragment NotesForm_consultation on Consultation {\n    id\n    notes {\n      subjective\n      objective\n      assessment\n      plan\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNotes($appointmentId: ID!, $notes: SoapNotesInput!) {\n    documentConsultation(appointmentId: $appointmentId, input: { notes: $notes }) {\n      id\n      ...NotesForm_consultation\n    }\n  }\n"): (typeof documents)["\n  mutation SaveNotes($appointmentId: ID!, $notes: SoapNotesInput!) {\n    documentConsultation(appointmentId: $appointmentId, input: { notes: $notes }) {\n      id\n      ...NotesForm_consultation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordVitals($appointmentId: ID!, $vitals: VitalSignsInput!) {\n    documentConsultation(appointmentId: $appointmentId, input: { vitals: $vitals }) {\n      id\n      ...VitalsTable_consultation\n    }\n  }\n"): (typeof documents)["\n  mutation RecordVitals($appointmentId: ID!, $vitals: VitalSignsInput!) {\n    documentConsultation(appointmentId: $appointmentId, input: { vitals: $vitals }) {\n      id\n      ...VitalsTable_consultation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VitalsTable_consultation on Consultation {\n    id\n    vitals {\n      id\n      recordedAt\n      systolicMmHg\n      diastolicMmHg\n      heartRateBpm\n      temperatureCelsius\n      oxygenSaturationPercent\n    }\n  }\n"): (typeof documents)["\n  fragment VitalsTable_consultation on Consultation {\n    id\n    vitals {\n      id\n      recordedAt\n      systolicMmHg\n      diastolicMmHg\n      heartRateBpm\n      temperatureCelsius\n      oxygenSaturationPercent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DoctorConsultation($id: ID!) {\n    appointment(id: $id) {\n      id\n      status\n      startsAt\n      reason\n      ...AppointmentAttachments_appointment\n      patient {\n        id\n        name\n      }\n      consultation {\n        id\n        ...VitalsTable_consultation\n        ...NotesForm_consultation\n      }\n    }\n  }\n"): (typeof documents)["\n  query DoctorConsultation($id: ID!) {\n    appointment(id: $id) {\n      id\n      status\n      startsAt\n      reason\n      ...AppointmentAttachments_appointment\n      patient {\n        id\n        name\n      }\n      consultation {\n        id\n        ...VitalsTable_consultation\n        ...NotesForm_consultation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DoctorConsultationLive($appointmentId: ID!) {\n    consultationUpdated(appointmentId: $appointmentId) {\n      id\n      ...VitalsTable_consultation\n      ...NotesForm_consultation\n      appointment {\n        id\n        status\n        consultation {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription DoctorConsultationLive($appointmentId: ID!) {\n    consultationUpdated(appointmentId: $appointmentId) {\n      id\n      ...VitalsTable_consultation\n      ...NotesForm_consultation\n      appointment {\n        id\n        status\n        consultation {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DoctorCheckIn($id: ID!) {\n    checkInAppointment(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DoctorCheckIn($id: ID!) {\n    checkInAppointment(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConsultation($id: ID!) {\n    startAppointment(id: $id) {\n      id\n      status\n      consultation {\n        id\n        ...VitalsTable_consultation\n        ...NotesForm_consultation\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartConsultation($id: ID!) {\n    startAppointment(id: $id) {\n      id\n      status\n      consultation {\n        id\n        ...VitalsTable_consultation\n        ...NotesForm_consultation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteConsultation($id: ID!) {\n    completeAppointment(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteConsultation($id: ID!) {\n    completeAppointment(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schedule($from: DateTime!) {\n    appointmentSearch(filter: { from: $from }, first: 100) {\n      edges {\n        node {\n          id\n          ...AppointmentRow_appointment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Schedule($from: DateTime!) {\n    appointmentSearch(filter: { from: $from }, first: 100) {\n      edges {\n        node {\n          id\n          ...AppointmentRow_appointment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ScheduleChanged {\n    appointmentChanged {\n      id\n      ...AppointmentRow_appointment\n    }\n  }\n"): (typeof documents)["\n  subscription ScheduleChanged {\n    appointmentChanged {\n      id\n      ...AppointmentRow_appointment\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;