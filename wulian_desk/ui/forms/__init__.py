"""The Qt renderer of declarative forms: one FormDefinition becomes one screen of inputs."""
