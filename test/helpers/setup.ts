// Tests must not depend on, or send, a developer's real SGP settings.
for (const name of Object.keys(process.env)) {
  if (name.startsWith("SGP_")) delete process.env[name];
}
