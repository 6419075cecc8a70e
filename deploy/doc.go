// Package deploy holds Attache's packaging beyond the container image: the
// systemd unit (attache.service) and the environment file template
// (attache.env.example). It has no code: its tests keep the packaging files
// honest without Docker or systemd, by parsing the repository's Dockerfile,
// compose.yaml, .dockerignore and the unit, and by building the static
// binary the way the Dockerfile does. docs/deploy.md explains how to use
// them.
package deploy
