# syntax=docker/dockerfile:1
# Pilotage: the dashboard and its API in one image. Without DATABASE_URL it runs the embedded PostgreSQL with its
# data in /data (a volume); with DATABASE_URL it uses that server (see docker-compose.yml).

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY angular.json tsconfig.json ./
# code both sides share (the French CSV writer)
COPY common ./common
COPY frontend ./frontend
RUN npx ng build
# the API server compiled to plain JavaScript (dist/backend/main.js): production runs node, not tsx
COPY scripts ./scripts
COPY backend/src ./backend/src
RUN node scripts/build-backend.mjs

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# the sources stay for the command lines (docker compose exec app npm run import -- ...) and the demo's data files
COPY backend/src ./backend/src
COPY common ./common
COPY sql ./sql
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
VOLUME /data
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/v1/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# node is PID 1 and receives docker stop's SIGTERM itself: one shutdown, the embedded PostgreSQL stopped with it
STOPSIGNAL SIGTERM
CMD ["node", "dist/backend/main.js"]
