// testTimeout is a global Jest option (ignored inside `projects`): each tier sets its own here.
jest.setTimeout(180_000);
