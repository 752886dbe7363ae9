/** Models behind GraphQL types, for codegen (paths relative to `src/__generated__`). */
export const codegenMappers = {
  User: '../user/user.entity#User as UserModel',
  Patient: '../patient/patient.entity#Patient as PatientModel',
  Session: '../auth/sessions#SessionModel',
  LoginPayload: '../account/login#LoginPayloadModel',
  AuditEntry: '../audit/audit-entry.entity#AuditEntry as AuditEntryModel',
  ApiKey: '../api-key/api-key.entity#ApiKey as ApiKeyModel',
  MailMessage: '../mail/mail-message.entity#MailMessage as MailMessageModel',
  Notification: '../notifications/notification.entity#Notification as NotificationModel',
};
