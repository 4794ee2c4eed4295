// Transactions (a state change plus its outbox entries in one write) need a replica set; a single
// node one is enough for one machine. Run by the mongo container's health check until it succeeds.
try {
  rs.status();
} catch {
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] });
}
// Healthy only once this node is the writable primary.
if (!db.hello().isWritablePrimary) quit(1);
