import { domains } from './catalogue/index';

const NAMESPACE = /^[a-z][a-z0-9_]{0,31}$/;
const CONSUMER = /^[a-z][a-z0-9-]{0,63}$/;

/**
 * Where events of one stack live on a NATS server: several stacks (`npm
 * start`, test runs, compose) may share one server, so every subject, stream
 * and durable consumer carries the stack's namespace. The catalogue speaks
 * `payment.completed`; on the wire it is `<namespace>.payment.completed`.
 */
export interface BusNames {
  readonly namespace: string;
  /** Subject of an event type: `<ns>.<domain>.<action>`. */
  subject(type: string): string;
  /** The catalogue's type of a subject on this namespace, or undefined. */
  typeOfSubject(subject: string): string | undefined;
  /** Stream holding one domain's events: `<NS>_<DOMAIN>`. */
  stream(domain: string): string;
  /** Subjects of a domain's stream. */
  streamSubjects(domain: string): string;
  readonly domains: readonly string[];
  /** Durable name of one consumer on one domain's stream. */
  durable(consumer: string, domain: string): string;
  readonly deadLetterStream: string;
  /** Subject of a dead letter from `consumer`. */
  deadLetterSubject(consumer: string): string;
}

export function busNames(namespace: string): BusNames {
  if (!NAMESPACE.test(namespace)) {
    throw new Error(
      `EVENT_NAMESPACE "${namespace}" must be lower-case letters, digits and _ (at most 32), starting with a letter`,
    );
  }
  const upper = namespace.toUpperCase();
  return {
    namespace,
    subject: (type) => `${namespace}.${type}`,
    typeOfSubject: (subject) =>
      subject.startsWith(`${namespace}.`) ? subject.slice(namespace.length + 1) : undefined,
    stream: (domain) => `${upper}_${domain.toUpperCase()}`,
    streamSubjects: (domain) => `${namespace}.${domain}.>`,
    domains,
    durable: (consumer, domain) => {
      if (!CONSUMER.test(consumer))
        throw new Error(`Consumer name "${consumer}" must be lower-case letters, digits and -`);
      return `${namespace}_${consumer}_${domain}`;
    },
    deadLetterStream: `${upper}_DEAD_LETTERS`,
    deadLetterSubject: (consumer) => `${namespace}.dead_letter.${consumer}`,
  };
}
