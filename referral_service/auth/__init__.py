"""OAuth 2.0: the authorization server, resource protection, the scope registry and clients."""
