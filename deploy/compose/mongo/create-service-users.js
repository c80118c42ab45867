// Runs once, when the MongoDB volume is new (the image's /docker-entrypoint-initdb.d), as the
// root user: one database per service and one user per service that may read and write that
// database only (role readWrite: documents and indexes, nothing on other databases, no admin).
// The passwords come from the environment (.env), never from this file.
const services = [
  { database: 'plan', user: 'plan-service', passwordVariable: 'PLAN_DB_PASSWORD' },
  { database: 'outreach', user: 'outreach-service', passwordVariable: 'OUTREACH_DB_PASSWORD' },
  { database: 'reporting', user: 'reporting-service', passwordVariable: 'REPORTING_DB_PASSWORD' },
  { database: 'notification', user: 'notification-service', passwordVariable: 'NOTIFICATION_DB_PASSWORD' },
];

for (const service of services) {
  const password = process.env[service.passwordVariable];
  if (!password) {
    throw new Error(`${service.passwordVariable} is not set: no user for ${service.database}`);
  }
  const database = db.getSiblingDB(service.database);
  database.createUser({
    user: service.user,
    pwd: password,
    roles: [{ role: 'readWrite', db: service.database }],
  });
  print(`created user ${service.user} with readWrite on ${service.database}`);
}
