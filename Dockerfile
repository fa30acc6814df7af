# One image for every Netra process; the command picks the role (api, worker <kind>, migrate).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DOTENV_CONFIG_QUIET=true
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY services/api/package.json services/api/
COPY services/cli/package.json services/cli/
COPY workers/classify/package.json workers/classify/
COPY workers/ingest/package.json workers/ingest/
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
USER node
ENTRYPOINT ["node", "bin/netra.mjs"]
CMD ["api"]
