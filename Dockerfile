# One image for the six subgraphs and the gateway; docker-compose.yml chooses
# each service's entry point. Sources run through tsx, exactly as `npm start`
# runs them, so there is no separate build whose output could drift.

# Just the package manifests, so the `npm ci` layer below is rebuilt when
# dependencies change and not on every source edit.
FROM node:20-slim AS manifests
WORKDIR /app
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json -delete \
 && find . -type d -empty -delete

FROM node:20-slim
WORKDIR /app
COPY --from=manifests /app ./
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force
COPY . .
# The services run unprivileged; .data/ is the only place they may write (local blob store).
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 4000 4001 4002 4003 4004 4005 4006 5173 5174
CMD ["node", "--import", "tsx", "gateway/src/index.ts"]
