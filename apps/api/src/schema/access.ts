/**
 * Query and Mutation are closed to all but the coordinator (see builder.ts); a field opens itself
 * by spreading one of these.
 */
export const readableByAnyone = { skipTypeScopes: true, authScopes: { public: true } } as const;
