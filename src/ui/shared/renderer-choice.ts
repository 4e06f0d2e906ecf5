/**
 * Which Phaser renderer to use. WebGL where there is a GPU; Canvas 2D where WebGL is software
 * emulated (SwiftShader, llvmpipe): measured in headless Chromium on this project's 2-core machine,
 * the maze scene draws at ~29 fps through software WebGL and at 60 fps through Canvas 2D.
 * `?renderer=webgl` or `?renderer=canvas` in the URL overrides the choice.
 */
import Phaser from 'phaser';

export function softwareWebGL(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|softpipe|software/i.test(name);
  } catch {
    return true;
  }
}

export function chooseRenderer(search = location.search): number {
  const asked = new URLSearchParams(search).get('renderer');
  if (asked === 'webgl') return Phaser.WEBGL;
  if (asked === 'canvas') return Phaser.CANVAS;
  return softwareWebGL() ? Phaser.CANVAS : Phaser.AUTO;
}
