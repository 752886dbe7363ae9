import type { z } from 'zod';
import { appointmentEvents } from './appointment';
import { auditEvents } from './audit';
import { consultationEvents } from './consultation';
import type { EventDefinition } from './define';
import { identityEvents } from './identity';
import { notificationEvents } from './notification';
import { paymentEvents } from './payment';
import { storageEvents } from './storage';
import { waitlistEvents } from './waitlist';

/**
 * Every event the platform publishes, by type (`<domain>.<action>`). The one
 * place an event's shape is defined: producers are refused anything else, and
 * docs/events.md describes the same list (a unit test keeps the two in step).
 */
export const catalogue = {
  ...appointmentEvents,
  ...consultationEvents,
  ...paymentEvents,
  ...waitlistEvents,
  ...identityEvents,
  ...notificationEvents,
  ...storageEvents,
  ...auditEvents,
} as const;

type Catalogue = typeof catalogue;

export type EventType = keyof Catalogue & string;
export type EventVersion<T extends EventType> = keyof Catalogue[T]['versions'] & number;
export type CurrentVersion<T extends EventType> = Catalogue[T]['current'];

/** The `data` of event `T` at version `V` (by default the version producers record today). */
export type EventData<T extends EventType, V extends EventVersion<T> = CurrentVersion<T>> = z.output<
  Catalogue[T]['versions'][V] extends z.ZodType ? Catalogue[T]['versions'][V] : never
>;

export const eventTypes = Object.keys(catalogue) as EventType[];

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(catalogue, value);
}

export function definitionOf(type: EventType): EventDefinition {
  return catalogue[type] as EventDefinition;
}

/** `payment` for `payment.completed`: each domain has its own stream. */
export function domainOf(type: string): string {
  return type.slice(0, type.indexOf('.'));
}

export const domains: readonly string[] = [...new Set(eventTypes.map(domainOf))];
