/**
 * A value per key, loaded in batches: the keys asked for while one request's resolvers run
 * together (the comments of one page) go to `load` in one call, and each key is loaded once per
 * request. `scope` tells what else the values depend on (a subscription's event, the viewer):
 * when it changes within a request, the values loaded so far are forgotten. The first key of a
 * batch brings the `load` that the batch runs.
 */
export function requestBatches<Value>(missing: Value) {
  type Batch = { keys: string[]; result: Promise<Map<string, Value>> };
  type State = {
    scope: readonly unknown[];
    values: Map<string, Promise<Value>>;
    batch: Batch | null;
  };
  const requests = new WeakMap<object, State>();
  return (
    request: object,
    scope: readonly unknown[],
    key: string,
    load: (keys: readonly string[]) => Promise<Map<string, Value>>,
  ): Promise<Value> => {
    let state = requests.get(request);
    if (
      !state ||
      state.scope.length !== scope.length ||
      state.scope.some((part, i) => part !== scope[i])
    ) {
      state = { scope, values: new Map(), batch: null };
      requests.set(request, state);
    }
    const known = state.values.get(key);
    if (known) return known;
    let batch = state.batch;
    if (!batch) {
      const current = state;
      const keys: string[] = [];
      // After the resolvers that run now and those their promises start, as DataLoader waits.
      const result = new Promise<void>((resolve) =>
        Promise.resolve().then(() => process.nextTick(resolve)),
      ).then(() => {
        current.batch = null;
        return load(keys);
      });
      batch = { keys, result };
      state.batch = batch;
    }
    batch.keys.push(key);
    const value = batch.result.then((values) => values.get(key) ?? missing);
    state.values.set(key, value);
    return value;
  };
}
