import { useMutation } from '@apollo/client/react';
import { Attachments, type UploadDeclaration } from '@telemed/web-client/ui/Attachments';
import { graphql } from '../__generated__';
import type { AppointmentAttachments_AppointmentFragment } from '../__generated__/graphql';

export const AppointmentAttachments_appointment = graphql(`
  fragment AppointmentAttachments_appointment on Appointment {
    id
    attachments {
      id
      filename
      size
      contentType
      status
      downloadUrl
    }
  }
`);

const RequestUpload = graphql(`
  mutation PatientRequestFileUpload($input: RequestFileUploadInput!) {
    requestFileUpload(input: $input) {
      file {
        id
        status
      }
      uploadUrl
      expiresAt
    }
  }
`);

/**
 * The appointment's files through the shared `Attachments`: this app's
 * fragment and mutation; `refetch` is the screen's query, which selects the
 * fragment, so the new file (READY once its bytes are in) shows up.
 */
export function AppointmentAttachments({
  appointment,
  refetch,
}: {
  readonly appointment: AppointmentAttachments_AppointmentFragment;
  readonly refetch: () => Promise<unknown>;
}) {
  const [requestFileUpload] = useMutation(RequestUpload);
  async function requestUpload(declaration: UploadDeclaration): Promise<string> {
    const { data } = await requestFileUpload({
      variables: { input: { appointmentId: appointment.id, ...declaration } },
    });
    if (!data) throw new Error('The gateway answered requestFileUpload without data');
    return data.requestFileUpload.uploadUrl;
  }
  return (
    <Attachments
      attachments={appointment.attachments ?? []}
      requestUpload={requestUpload}
      onUploaded={refetch}
    />
  );
}
