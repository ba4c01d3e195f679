/**
 * zeromq.js's Context, Socket, Observer and Proxy are native classes: calling one without `new` throws
 * "Class constructors cannot be invoked without 'new'" (V8 words it differently for classes written in JS).
 * The wrapper behaves as the class in every other way: `new`, `extends`, `instanceof` and statics go through.
 */
export function requireNew<C extends object>(constructor: C): C {
  return new Proxy(constructor, {
    apply() {
      throw new TypeError("Class constructors cannot be invoked without 'new'");
    },
  });
}
