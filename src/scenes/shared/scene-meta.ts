/** What the menu and the router know about a scene: declared as a static `meta` on its class. */
export interface SceneMeta {
  /** URL hash that opens it directly: `#maze`. */
  hash: string;
  title: string;
  /** One line for the menu. */
  blurb: string;
}

export type SceneClassWithMeta = { meta: SceneMeta; name: string };

export function metaOf(sceneClass: unknown): SceneMeta | undefined {
  return (sceneClass as Partial<SceneClassWithMeta>).meta;
}
