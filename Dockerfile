# syntax=docker/dockerfile:1
#
# Attache container image: a static binary on distroless, running as a non-root user.
#
#   docker build -t attache .
#   docker run -d --name attache --env-file attache.env -v attache-data:/var/lib/attache attache
#
# Without DISCORD_TOKEN the bot runs its offline console on standard input; try it with
#   docker run --rm -it --no-healthcheck attache
# (without -i standard input is closed at once and the container exits 0). See docs/deploy.md.

ARG GO_VERSION=1.26

# ---- build: a static binary --------------------------------------------------------------------------
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-trixie AS build
WORKDIR /src
# Dependencies first, so editing the source does not download them again.
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
# TARGETOS/TARGETARCH are set by BuildKit (docker buildx build --platform linux/arm64 ...).
ARG TARGETOS
ARG TARGETARCH
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=${TARGETOS} GOARCH=${TARGETARCH} \
    go build -trimpath -ldflags="-s -w" -o /out/attache ./cmd/attache
# The state directory, created here because the runtime image has no shell.
RUN mkdir -p /out/state

# ---- runtime: CA certificates, tzdata (IANA zones for editions), /etc/passwd with nonroot -------------
FROM gcr.io/distroless/static-debian13:nonroot
LABEL org.opencontainers.image.title="attache" \
      org.opencontainers.image.description="Attache: a self-hosted Discord bot that briefs communities on diplomatic news" \
      org.opencontainers.image.source="https://github.com/attache-bot/attache"

COPY --from=build /out/attache /usr/local/bin/attache
# The sample news (also built into the binary as builtin:news) and the documented configuration,
# as files to read, copy or point a `kind: local` source at.
COPY examples/news/*.txt examples/news/README.md /usr/share/attache/examples/news/
COPY config.example.yaml NOTICE /usr/share/attache/
# The embedded store's directory, owned by the runtime user. A new named volume mounted here
# inherits this ownership; a bind mount must be writable by uid 65532.
COPY --from=build --chown=65532:65532 /out/state /var/lib/attache

# nonroot (65532:65532) from the distroless base, numeric so that runAsNonRoot checks can verify it.
USER 65532:65532
WORKDIR /var/lib/attache

# The embedded store lives in the state directory; ATTACHE_REDIS_URL switches to Redis instead.
# The HTTP listener serves /healthz (and /readyz, /metrics; with discord.public_key, the
# interactions endpoint) inside the container; publish the port only if something outside needs it.
# Logs go to stderr as JSON lines (text when run with -it on a terminal).
ENV ATTACHE_DATA_DIR=/var/lib/attache \
    ATTACHE_HTTP_LISTEN=:9090
EXPOSE 9090

# The binary probes its own listener (no curl in a distroless image): GET http://127.0.0.1:9090/healthz.
# Exit 0 healthy, 1 unhealthy; its own timeout (3s) is below Docker's, so failures carry a reason
# (docker inspect --format '{{json .State.Health}}' attache).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["/usr/local/bin/attache", "healthcheck"]

# The bot with its scheduler; arguments after the image name are run's flags (e.g. -config FILE).
# Other subcommands: docker run --rm --entrypoint /usr/local/bin/attache attache version
ENTRYPOINT ["/usr/local/bin/attache", "run"]
