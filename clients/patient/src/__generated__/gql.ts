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
    "\n  mutation PatientRequestFileUpload($input: RequestFileUploadInput!) {\n    requestFileUpload(input: $input) {\n      file {\n        id\n        status\n      }\n      uploadUrl\n      expiresAt\n    }\n  }\n": typeof types.PatientRequestFileUploadDocument,
    "\n  fragment AppointmentItem_appointment on Appointment {\n    id\n    startsAt\n    status\n    reason\n    doctor {\n      id\n      name\n      specialty\n    }\n  }\n": typeof types.AppointmentItem_AppointmentFragmentDoc,
    "\n  fragment CheckInButton_appointment on Appointment {\n    id\n    status\n  }\n": typeof types.CheckInButton_AppointmentFragmentDoc,
    "\n  mutation PatientCheckIn($id: ID!) {\n    checkInAppointment(id: $id) {\n      id\n      ...CheckInButton_appointment\n    }\n  }\n": typeof types.PatientCheckInDocument,
    "\n  fragment ConsultationRecord_consultation on Consultation {\n    id\n    updatedAt\n    notes {\n      subjective\n      objective\n      assessment\n      plan\n    }\n    vitals {\n      id\n      recordedAt\n      systolicMmHg\n      diastolicMmHg\n      heartRateBpm\n      temperatureCelsius\n      oxygenSaturationPercent\n    }\n    prescriptions {\n      id\n      drug\n      doseAmount\n      doseUnit\n      route\n      frequency\n      durationDays\n      instructions\n    }\n  }\n": typeof types.ConsultationRecord_ConsultationFragmentDoc,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    body\n    createdAt\n    readAt\n  }\n": typeof types.NotificationItem_NotificationFragmentDoc,
    "\n  fragment NotificationList_patient on Patient {\n    id\n    notifications(first: 20) {\n      id\n      ...NotificationItem_notification\n    }\n  }\n": typeof types.NotificationList_PatientFragmentDoc,
    "\n  query MyAppointments {\n    appointments(first: 100) {\n      id\n      ...AppointmentItem_appointment\n    }\n  }\n": typeof types.MyAppointmentsDocument,
    "\n  subscription MyAppointmentChanged {\n    appointmentChanged {\n      id\n      ...AppointmentItem_appointment\n    }\n  }\n": typeof types.MyAppointmentChangedDocument,
    "\n  query PatientConsultation($id: ID!) {\n    appointment(id: $id) {\n      id\n      status\n      startsAt\n      ...CheckInButton_appointment\n      ...AppointmentAttachments_appointment\n      doctor {\n        id\n        name\n      }\n      consultation {\n        id\n        ...ConsultationRecord_consultation\n      }\n    }\n  }\n": typeof types.PatientConsultationDocument,
    "\n  subscription PatientConsultationLive($appointmentId: ID!) {\n    consultationUpdated(appointmentId: $appointmentId) {\n      id\n      ...ConsultationRecord_consultation\n      appointment {\n        id\n        status\n        consultation {\n          id\n        }\n      }\n    }\n  }\n": typeof types.PatientConsultationLiveDocument,
    "\n  query MyNotifications {\n    me {\n      id\n      patient {\n        id\n        ...NotificationList_patient\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  subscription MyNotificationReceived {\n    notificationReceived {\n      id\n      ...NotificationItem_notification\n    }\n  }\n": typeof types.MyNotificationReceivedDocument,
};
const documents: Documents = {
    "\n  fragment AppointmentAttachments_appointment on Appointment {\n    id\n    attachments {\n      id\n      filename\n      size\n      contentType\n      status\n      downloadUrl\n    }\n  }\n": types.AppointmentAttachments_AppointmentFragmentDoc,
    "\n  mutation PatientRequestFileUpload($input: RequestFileUploadInput!) {\n    requestFileUpload(input: $input) {\n      file {\n        id\n        status\n      }\n      uploadUrl\n      expiresAt\n    }\n  }\n": types.PatientRequestFileUploadDocument,
    "\n  fragment AppointmentItem_appointment on Appointment {\n    id\n    startsAt\n    status\n    reason\n    doctor {\n      id\n      name\n      specialty\n    }\n  }\n": types.AppointmentItem_AppointmentFragmentDoc,
    "\n  fragment CheckInButton_appointment on Appointment {\n    id\n    status\n  }\n": types.CheckInButton_AppointmentFragmentDoc,
    "\n  mutation PatientCheckIn($id: ID!) {\n    checkInAppointment(id: $id) {\n      id\n      ...CheckInButton_appointment\n    }\n  }\n": types.PatientCheckInDocument,
    "\n  fragment ConsultationRecord_consultation on Consultation {\n    id\n    updatedAt\n    notes {\n      subjective\n      objective\n      assessment\n      plan\n    }\n    vitals {\n      id\n      recordedAt\n      systolicMmHg\n      diastolicMmHg\n      heartRateBpm\n      temperatureCelsius\n      oxygenSaturationPercent\n    }\n    prescriptions {\n      id\n      drug\n      doseAmount\n      doseUnit\n      route\n      frequency\n      durationDays\n      instructions\n    }\n  }\n": types.ConsultationRecord_ConsultationFragmentDoc,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    body\n    createdAt\n    readAt\n  }\n": types.NotificationItem_NotificationFragmentDoc,
    "\n  fragment NotificationList_patient on Patient {\n    id\n    notifications(first: 20) {\n      id\n      ...NotificationItem_notification\n    }\n  }\n": types.NotificationList_PatientFragmentDoc,
    "\n  query MyAppointments {\n    appointments(first: 100) {\n      id\n      ...AppointmentItem_appointment\n    }\n  }\n": types.MyAppointmentsDocument,
    "\n  subscription MyAppointmentChanged {\n    appointmentChanged {\n      id\n      ...AppointmentItem_appointment\n    }\n  }\n": types.MyAppointmentChangedDocument,
    "\n  query PatientConsultation($id: ID!) {\n    appointment(id: $id) {\n      id\n      status\n      startsAt\n      ...CheckInButton_appointment\n      ...AppointmentAttachments_appointment\n      doctor {\n        id\n        name\n      }\n      consultation {\n        id\n        ...ConsultationRecord_consultation\n      }\n    }\n  }\n": types.PatientConsultationDocument,
    "\n  subscription PatientConsultationLive($appointmentId: ID!) {\n    consultationUpdated(appointmentId: $appointmentId) {\n      id\n      ...ConsultationRecord_consultation\n      appointment {\n        id\n        status\n        consultation {\n          id\n        }\n      }\n    }\n  }\n": types.PatientConsultationLiveDocument,
    "\n  query MyNotifications {\n    me {\n      id\n      patient {\n        id\n        ...NotificationList_patient\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  subscription MyNotificationReceived {\n    notificationReceived {\n      id\n      ...NotificationItem_notification\n    }\n  }\n": types.MyNotificationReceivedDocument,
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
export function graphql(source: "\n  mutation PatientRequestFileUpload($input: RequestFileUploadInput!) {\n    requestFileUpload(input: $input) {\n      file {\n        id\n        status\n      }\n      uploadUrl\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation PatientRequestFileUpload($input: RequestFileUploadInput!) {\n    requestFileUpload(input: $input) {\n      file {\n        id\n        status\n      }\n      uploadUrl\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentItem_appointment on Appointment {\n    id\n    startsAt\n    status\n    reason\n    doctor {\n      id\n      name\n      specialty\n    }\n  }\n"): (typeof documents)["\n  fragment AppointmentItem_appointment on Appointment {\n    id\n    startsAt\n    status\n    reason\n    doctor {\n      id\n      name\n      specialty\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckInButton_appointment on Appointment {\n    id\n    status\n  }\n"): (typeof documents)["\n  fragment CheckInButton_appointment on Appointment {\n    id\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PatientCheckIn($id: ID!) {\n    checkInAppointment(id: $id) {\n      id\n      ...CheckInButton_appointment\n    }\n  }\n"): (typeof documents)["\n  mutation PatientCheckIn($id: ID!) {\n    checkInAppointment(id: $id) {\n      id\n      ...CheckInButton_appointment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationRecord_consultation on Consultation {\n    id\n    updatedAt\n    notes {\n      subjective\n      objective\n      assessment\n      plan\n    }\n    vitals {\n      id\n      recordedAt\n      systolicMmHg\n      diastolicMmHg\n      heartRateBpm\n      temperatureCelsius\n      oxygenSaturationPercent\n    }\n    prescriptions {\n      id\n      drug\n      doseAmount\n      doseUnit\n      route\n      frequency\n      durationDays\n      instructions\n    }\n  }\n"): (typeof documents)["\n  fragment ConsultationRecord_consultation on Consultation {\n    id\n    updatedAt\n    notes {\n      subjective\n      objective\n      assessment\n      plan\n    }\n    vitals {\n      id\n      recordedAt\n      systolicMmHg\n      diastolicMmHg\n      heartRateBpm\n      temperatureCelsius\n      oxygenSaturationPercent\n    }\n    prescriptions {\n      id\n      drug\n      doseAmount\n      doseUnit\n      route\n      frequency\n      durationDays\n      instructions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    body\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    body\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationList_patient on Patient {\n    id\n    notifications(first: 20) {\n      id\n      ...NotificationItem_notification\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationList_patient on Patient {\n    id\n    notifications(first: 20) {\n      id\n      ...NotificationItem_notification\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppointments {\n    appointments(first: 100) {\n      id\n      ...AppointmentItem_appointment\n    }\n  }\n"): (typeof documents)["\n  query MyAppointments {\n    appointments(first: 100) {\n      id\n      ...AppointmentItem_appointment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyAppointmentChanged {\n    appointmentChanged {\n      id\n      ...AppointmentItem_appointment\n    }\n  }\n"): (typeof documents)["\n  subscription MyAppointmentChanged {\n    appointmentChanged {\n      id\n      ...AppointmentItem_appointment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientConsultation($id: ID!) {\n    appointment(id: $id) {\n      id\n      status\n      startsAt\n      ...CheckInButton_appointment\n      ...AppointmentAttachments_appointment\n      doctor {\n        id\n        name\n      }\n      consultation {\n        id\n        ...ConsultationRecord_consultation\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatientConsultation($id: ID!) {\n    appointment(id: $id) {\n      id\n      status\n      startsAt\n      ...CheckInButton_appointment\n      ...AppointmentAttachments_appointment\n      doctor {\n        id\n        name\n      }\n      consultation {\n        id\n        ...ConsultationRecord_consultation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PatientConsultationLive($appointmentId: ID!) {\n    consultationUpdated(appointmentId: $appointmentId) {\n      id\n      ...ConsultationRecord_consultation\n      appointment {\n        id\n        status\n        consultation {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PatientConsultationLive($appointmentId: ID!) {\n    consultationUpdated(appointmentId: $appointmentId) {\n      id\n      ...ConsultationRecord_consultation\n      appointment {\n        id\n        status\n        consultation {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications {\n    me {\n      id\n      patient {\n        id\n        ...NotificationList_patient\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications {\n    me {\n      id\n      patient {\n        id\n        ...NotificationList_patient\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyNotificationReceived {\n    notificationReceived {\n      id\n      ...NotificationItem_notification\n    }\n  }\n"): (typeof documents)["\n  subscription MyNotificationReceived {\n    notificationReceived {\n      id\n      ...NotificationItem_notification\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;