/** Models behind GraphQL types, for codegen (paths relative to `src/__generated__`). */
export const codegenMappers = {
  Payment: '../payment/payment.entity#Payment as PaymentModel',
  Refund: '../payment/refund.entity#Refund as RefundModel',
  Invoice: '../invoice/invoice.entity#Invoice as InvoiceModel',
  Appointment: '@telemed/subgraph-kit/references#EntityReference',
};
