"""The bench controller: a person's and the devices' input in, a use case run, the bench's
state and feedback out (`controller`); every input recorded, read back and replayed
(`recording`)."""
