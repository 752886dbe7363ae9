import type { Server } from 'node:http';
import { createHash } from 'node:crypto';
import { GraphQLError, parse, validate, getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { CloseCode, type Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import jwt from 'jsonwebtoken';
import { WebSocketServer, type WebSocket } from 'ws';
import { InvalidTokenError, verifyAccessToken, type KeyResolver } from '@telemed/auth/access-token';
import type { Caller } from '@telemed/auth/claims';
import { CORRELATION_HEADER, correlationIdFrom } from '@telemed/observability/correlation';
import type { Logger } from '@telemed/observability/logger';
import type { GatewayContext } from '../context';
import { refusalError, type OperationLimiter, type Refusal } from '../operation-limits/operation-limiter';
import type { RecordRefusal } from '../operation-limits/refusals';
import type { SubscriptionEngine } from './federated-subscription';
import type { SubscriptionPlanner } from './subscription-planner';

/** Close code for a missing, invalid or expired access token (graphql-ws reserves 4400-4499 for such). */
export const UNAUTHORIZED_CLOSE = CloseCode.Unauthorized;
/** Close code when the caller already has `connectionsPerCaller` WebSockets open on this replica. */
export const TOO_MANY_CONNECTIONS_CLOSE = 4429;
/** `extensions.code` of a subscription refused because its connection already carries `subscriptionsPerConnection`. */
export const TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS';

// A type alias, not an interface: graphql-ws wants an indexable record.
type ConnectionExtra = { readonly socket: WebSocket };

interface ConnectionState {
  caller?: Caller;
  authorization?: string;
  expiryTimer?: NodeJS.Timeout;
  /** Set once this connection counts against its caller's `connectionsPerCaller`. */
  countedFor?: string;
}

/** What the WebSocket server refuses, beside what each subscription's owner refuses. */
export interface SubscriptionLimits {
  /** Depth, aliases, tokens, directives, root fields and cost, as over HTTP. */
  readonly limiter: OperationLimiter;
  readonly recordRefusal: RecordRefusal;
  /** Largest message a client may send; a larger one closes the socket (1009). */
  readonly maxPayloadBytes: number;
  readonly subscriptionsPerConnection: number;
  /** Open WebSockets per caller (user id) on this replica; one more is closed with 4429. */
  readonly connectionsPerCaller: number;
}

export interface SubscriptionServerOptions {
  readonly server: Server;
  readonly path: string;
  readonly planner: SubscriptionPlanner;
  readonly engine: SubscriptionEngine;
  readonly resolveKey: KeyResolver;
  readonly logger: Logger;
  /** Interval of WebSocket pings; a client that misses a pong is dropped, and idle connections survive proxies. */
  readonly keepAliveMs: number;
  readonly limits: SubscriptionLimits;
}

/**
 * graphql-ws on the gateway's `/graphql` path. The caller is authenticated
 * once, at `connection_init` (`{ authorization: "Bearer …" }`); the
 * connection is closed with 4401 when the token expires. Each subscription is
 * validated against the API schema and planned once, then run by the engine;
 * the owning subgraph authorizes it (participants only).
 */
export function attachSubscriptionServer(options: SubscriptionServerOptions): { close(): Promise<void> } {
  const { planner, engine, logger, limits } = options;
  // ws' own default is 100 MiB per message.
  const wss = new WebSocketServer({ server: options.server, path: options.path, maxPayload: limits.maxPayloadBytes });
  // Replica-local: behind several gateway replicas a caller may hold this many on each.
  const connectionsByCaller = new Map<string, number>();
  const states = new WeakMap<object, ConnectionState>();
  const stateOf = (ctx: WsContext<Record<string, unknown>, ConnectionExtra>) => {
    let state = states.get(ctx);
    if (!state) states.set(ctx, (state = {}));
    return state;
  };

  const cleanup = useServer<Record<string, unknown>, ConnectionExtra>(
    {
      onConnect: async (ctx) => {
        const authorization = bearerFrom(ctx.connectionParams);
        const socket = ctx.extra.socket;
        if (!authorization) {
          socket.close(UNAUTHORIZED_CLOSE, 'Unauthorized: send { authorization: "Bearer <access token>" } in connection_init');
          return false;
        }
        try {
          const caller = await verifyAccessToken(authorization.slice('Bearer '.length), options.resolveKey);
          // Gone while its token was verified: onClose has run already, so it must not be counted.
          if (socket.readyState !== socket.OPEN) return false;
          const open = connectionsByCaller.get(caller.userId) ?? 0;
          if (open >= limits.connectionsPerCaller) {
            logger.warn({ userId: caller.userId, open }, 'websocket refused: too many connections for this caller');
            socket.close(TOO_MANY_CONNECTIONS_CLOSE, `Too many connections: at most ${limits.connectionsPerCaller} per caller`);
            return false;
          }
          connectionsByCaller.set(caller.userId, open + 1);
          const state = stateOf(ctx);
          state.countedFor = caller.userId;
          state.caller = caller;
          state.authorization = authorization;
          const exp = (jwt.decode(authorization.slice('Bearer '.length)) as { exp?: number } | null)?.exp;
          if (exp) {
            state.expiryTimer = setTimeout(() => socket.close(UNAUTHORIZED_CLOSE, 'Access token expired'), Math.max(0, exp * 1000 - Date.now()));
            state.expiryTimer.unref();
          }
          return true;
        } catch (error) {
          const reason = error instanceof InvalidTokenError ? error.message : 'Unauthorized';
          socket.close(UNAUTHORIZED_CLOSE, reason);
          return false;
        }
      },
      onClose: (ctx) => {
        const state = states.get(ctx);
        if (state?.expiryTimer) clearTimeout(state.expiryTimer);
        if (state?.countedFor !== undefined) {
          const open = (connectionsByCaller.get(state.countedFor) ?? 1) - 1;
          if (open > 0) connectionsByCaller.set(state.countedFor, open);
          else connectionsByCaller.delete(state.countedFor);
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const state = stateOf(ctx);
        const refuse = (refusal: Refusal, operationName: string | null | undefined) => {
          limits.recordRefusal({ refusal, transport: 'ws', caller: state.caller ?? null, operationName, logger });
          return [refusalError(refusal, false)];
        };
        // graphql-ws has already registered this one under its id.
        if (Object.keys(ctx.subscriptions).length > limits.subscriptionsPerConnection) {
          return [
            new GraphQLError(`Too many subscriptions on this connection: at most ${limits.subscriptionsPerConnection}`, {
              extensions: { code: TOO_MANY_SUBSCRIPTIONS, max: limits.subscriptionsPerConnection },
            }),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, limits.limiter.parseOptions);
        } catch (error) {
          if (limits.limiter.overTokenLimit(payload.query))
            return refuse({ limit: 'tokens', max: limits.limiter.limits.maxTokens }, payload.operationName);
          return [error instanceof GraphQLError ? withCode(error, 'GRAPHQL_PARSE_FAILED') : new GraphQLError('Invalid query')];
        }
        const errors = validate(planner.schema, document);
        if (errors.length) return errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Unknown operation', { extensions: { code: 'BAD_USER_INPUT' } })];
        if (operation.operation !== 'subscription') {
          return [new GraphQLError('Send queries and mutations over HTTP; WebSocket carries subscriptions', { extensions: { code: 'BAD_REQUEST' } })];
        }
        const refusal = limits.limiter.check({ schema: planner.schema, document, operation, variables: payload.variables ?? undefined });
        if (refusal) return refuse(refusal, operation.name?.value);
        const correlationId = correlationIdFrom(
          typeof payload.extensions?.[CORRELATION_HEADER] === 'string' ? (payload.extensions[CORRELATION_HEADER] as string) : undefined,
        );
        const context: GatewayContext = {
          correlationId,
          caller: state.caller ?? null,
          logger: logger.child({ correlationId, userId: state.caller?.userId }),
          forwardedHeaders: { [CORRELATION_HEADER]: correlationId, ...(state.authorization && { authorization: state.authorization }) },
        };
        const key = createHash('sha256').update(payload.query).update(payload.operationName ?? '').digest('hex');
        return {
          schema: planner.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables ?? {},
          contextValue: { context, plan: () => planner.plan(document, payload.operationName ?? undefined, key) },
        };
      },
      subscribe: async (args) => {
        const { context, plan } = args.contextValue as { context: GatewayContext; plan: () => ReturnType<SubscriptionPlanner['plan']> };
        try {
          return engine.subscribe({ planned: plan(), variables: args.variableValues ?? {}, context });
        } catch (error) {
          context.logger.error({ err: error }, 'could not plan subscription');
          return { errors: [new GraphQLError('Could not plan subscription', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] } satisfies ExecutionResult;
        }
      },
      execute: () => ({ errors: [new GraphQLError('Send queries and mutations over HTTP', { extensions: { code: 'BAD_REQUEST' } })] }),
    },
    wss,
    options.keepAliveMs,
  );

  return {
    close: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function bearerFrom(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === 'string' && /^Bearer \S+$/.test(value) ? value : undefined;
}

function withCode(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code } });
}
