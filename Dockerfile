# syntax=docker/dockerfile:1
# Build stage: compile TypeScript with the dev toolchain.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npx tsc -p tsconfig.build.json

# Runtime stage: production dependencies only, non-root.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    MODE=gateway \
    HOST=0.0.0.0 \
    PORT=8080
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Read at start-up: the chart fonts (a missing one stops the bot, exit 1). Every file the bot reads
# must be COPYd here; tests/production/docker-layout.test.ts lays this stage out and starts it.
COPY assets ./assets
# Owned by the runtime user: /refresh writes here (and a named volume mounted here starts as a copy of it).
COPY --chown=node:node knowledge ./knowledge
USER node
# /healthz and /metrics in both modes; POST /interactions too with MODE=http.
EXPOSE 8080
# No curl in slim images: Node's fetch. 503 while the knowledge is not loaded or the instance is draining.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node as PID 1 (not npm) so SIGTERM reaches the graceful stop: health 503, in-flight replies finish.
CMD ["node", "dist/surfaces/discord/main.js"]
