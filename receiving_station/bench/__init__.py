"""The bench: what it knows and says (`state`: inputs, stages, prompts, the update each input
gives), the controller that maps a person's and the devices' input to a use case
(`controller`), signing in as the site's policy says (`sign_in`), and every input recorded,
read back and replayed (`recording`)."""
