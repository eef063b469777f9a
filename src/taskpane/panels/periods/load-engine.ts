// Loads the periods' chunk once (./engine.ts).
type Engine = typeof import('./engine');
let loaded: Engine | null = null;

export async function loadPeriodsEngine(): Promise<Engine> {
  return (loaded ??= await import(/* webpackChunkName: "periods" */ './engine'));
}
