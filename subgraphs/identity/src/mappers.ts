/** Models behind GraphQL types, for codegen (paths relative to `src/__generated__`). */
export const codegenMappers = {
  User: '../user/user.entity#User as UserModel',
  Patient: '../patient/patient.entity#Patient as PatientModel',
  Notification: '../notifications/notification.entity#Notification as NotificationModel',
};
