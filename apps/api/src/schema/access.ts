/**
 * Query and Mutation are closed to all but the coordinator (see builder.ts); a field opens itself
 * by spreading one of these, or by `skipTypeScopes` with scopes of its own.
 */
export const readableByAnyone = { skipTypeScopes: true, authScopes: { public: true } } as const;
export const forSignedIn = { skipTypeScopes: true, authScopes: { signedIn: true } } as const;
export const forParticipants = { skipTypeScopes: true, authScopes: { participant: true } } as const;
export const forModerators = { skipTypeScopes: true, authScopes: { moderator: true } } as const;
