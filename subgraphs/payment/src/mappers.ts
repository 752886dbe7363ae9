/** Models behind GraphQL types, for codegen (paths relative to `src/__generated__`). */
export const codegenMappers = {
  Payment: '../payment/payment.entity#Payment as PaymentModel',
  Appointment: '@telemed/subgraph-kit/references#EntityReference',
};
