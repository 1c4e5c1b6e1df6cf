"""The venue network: the hub (nats-server with JetStream, supervised by the kiosk) and each
machine's link to it (nats-py in one background thread). See README, "A venue with several doors"."""
