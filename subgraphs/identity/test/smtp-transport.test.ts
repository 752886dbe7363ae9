import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { EntityManager } from '@mikro-orm/postgresql';
import { smtpEmail } from '../src/notifications/transports';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/**
 * The smallest SMTP server that accepts mail (EHLO, MAIL, RCPT, DATA, QUIT),
 * so the real nodemailer transport is exercised end to end on the loopback.
 */
function smtpServer(received: Received[]): Server {
  return createServer((socket: Socket) => {
    let mail: Received = { from: '', to: [], data: '' };
    let inData = false;
    let buffer = '';
    socket.setEncoding('utf8');
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\r\n')) !== -1) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(mail);
            mail = { from: '', to: [], data: '' };
            socket.write('250 queued\r\n');
          } else mail.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'QUIT') {
          socket.end('221 bye\r\n');
          continue;
        }
        if (verb === 'MAIL') mail.from = line;
        if (verb === 'RCPT') mail.to.push(line);
        if (verb === 'DATA') inData = true;
        socket.write(verb === 'DATA' ? '354 go ahead\r\n' : '250 ok\r\n');
      }
    });
  });
}

describe('the SMTP email transport', () => {
  const received: Received[] = [];
  const server = smtpServer(received);
  let url: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('hands the email to the SMTP server at SMTP_URL', async () => {
    const transport = smtpEmail(url, 'Telemed <no-reply@telemed.example>');
    await transport.send(
      {
        to: 'emma.rossi@patients.telemed.example',
        subject: 'Appointment confirmed',
        text: 'Hello Emma,\n\nSee you soon.\n',
      },
      {} as EntityManager,
      'delivery-1',
    );
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toContain('no-reply@telemed.example');
    expect(received[0]!.to).toEqual([expect.stringContaining('emma.rossi@patients.telemed.example')]);
    expect(received[0]!.data).toContain('Subject: Appointment confirmed');
    expect(received[0]!.data).toContain('See you soon.');
  });
});
