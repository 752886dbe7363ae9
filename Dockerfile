# syntax=docker/dockerfile:1
# Images of the platform, built from one file:
#   --target service       the gateway and the six subgraphs (compose / the Helm chart pick the entry point)
#   --target doctor-app    the doctor app, static files served by unprivileged nginx
#   --target patient-app   the patient app, likewise
# The services run built JavaScript (`npm run build`: esbuild bundles in dist/),
# with only the packages those bundles require (package.json `dependencies`):
# no TypeScript, tsx, Vite, React, embedded PostgreSQL or test tools at run time.

ARG NODE_IMAGE=node:20-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.27-alpine

# Just the package manifests, so the install layers below are rebuilt when
# dependencies change and not on every source edit.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /app
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json -delete \
 && find . -type d -empty -delete

# Everything needed to build: dev dependencies included.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY --from=manifests /app ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# The apps, built for the gateway URL the browser will call (baked in, with the page's CSP).
FROM build AS apps
ARG VITE_GATEWAY_URL=http://localhost:4000/graphql
RUN for app in doctor patient; do \
      (cd clients/$app && VITE_GATEWAY_URL="$VITE_GATEWAY_URL" node ../../node_modules/vite/bin/vite.js build --outDir /out/$app --emptyOutDir --logLevel warn) || exit 1; \
    done

# Runtime dependencies only: `npm ci --omit=dev`, without the workspace links
# (the bundles contain our own packages).
FROM ${NODE_IMAGE} AS runtime-dependencies
WORKDIR /app
COPY --from=manifests /app ./
RUN npm ci --omit=dev --no-audit --no-fund \
 && rm -rf node_modules/@telemed \
 && npm cache clean --force

FROM ${NODE_IMAGE} AS service
ENV NODE_ENV=production
WORKDIR /app
COPY --from=runtime-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./
# Storage's local blob store is the only place a service writes (a volume in compose);
# keys are mounted read-only under /keys.
RUN mkdir -p /app/.data/files /keys && chown -R node:node /app/.data
USER node
EXPOSE 4000 4001 4002 4003 4004 4005 4006
# node:*-slim has no curl; node asks /healthz on the service's own PORT.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "--enable-source-maps"]
# The gateway by default; a subgraph is `subgraphs/<name>/src/index.js`, its migrations
# `subgraphs/<name>/src/index.js migrate`, the compose key provisioning `scripts/provision-keys.js`.
CMD ["gateway/src/index.js"]

FROM ${NGINX_IMAGE} AS static-app
COPY deploy/nginx/app.conf /etc/nginx/conf.d/default.conf
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["wget", "-qO-", "http://127.0.0.1:8080/healthz"]

FROM static-app AS doctor-app
COPY --from=apps /out/doctor /usr/share/nginx/html

FROM static-app AS patient-app
COPY --from=apps /out/patient /usr/share/nginx/html
