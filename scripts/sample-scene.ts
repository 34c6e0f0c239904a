/**
 * The lab's sample images, drawn from simple shapes so we own them outright (see resources/README.md). Every
 * shape is placed in units of the image height, so one scene renders at any size; hard edges and linear
 * gradients are what edge and blur kernels show best, and what PNG's filters compress best.
 */
export interface Rgb {
  red: number;
  green: number;
  blue: number;
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  const t = Math.min(1, Math.max(0, amount));
  return {
    red: from.red + (to.red - from.red) * t,
    green: from.green + (to.green - from.green) * t,
    blue: from.blue + (to.blue - from.blue) * t,
  };
}

/** True when (x, y) is on the left of the directed edge a -> b (for a counter-clockwise triangle: inside). */
function inTriangle(x: number, y: number, points: [number, number][]): boolean {
  const signs = points.map(([ax, ay], index) => {
    const [bx, by] = points[(index + 1) % points.length]!;
    return (bx - ax) * (y - ay) - (by - ay) * (x - ax);
  });
  return signs.every((sign) => sign >= 0) || signs.every((sign) => sign <= 0);
}

const sky = { top: { red: 28, green: 58, blue: 138 }, horizon: { red: 172, green: 202, blue: 236 } };
const ground = { near: { red: 58, green: 118, blue: 62 }, far: { red: 126, green: 168, blue: 78 } };

/** A landscape: sky and ground gradients, sun, two mountains, a checkerboard, a ring and a striped tile. */
export function landscapePixel(x: number, y: number, aspect: number): Rgb {
  const horizon = 0.62;
  if (Math.hypot(x - aspect * 0.8, y - 0.2) < 0.09) return { red: 250, green: 198, blue: 64 };
  if (y >= 0.7 && y < 0.95 && x >= 0.06 && x < 0.46) {
    const cell = Math.floor((x - 0.06) / 0.05) + Math.floor((y - 0.7) / 0.05);
    return cell % 2 === 0 ? { red: 245, green: 245, blue: 245 } : { red: 24, green: 24, blue: 28 };
  }
  const ring = Math.hypot(x - aspect * 0.55, y - 0.81);
  if (ring >= 0.065 && ring < 0.11) return { red: 204, green: 52, blue: 48 };
  if (x >= aspect * 0.76 && x < aspect * 0.95 && y >= 0.69 && y < 0.94) {
    return Math.floor((x + y) / 0.03) % 2 === 0
      ? { red: 236, green: 236, blue: 240 }
      : { red: 44, green: 46, blue: 70 };
  }
  if (
    inTriangle(x, y, [
      [0, horizon],
      [aspect * 0.28, 0.27],
      [aspect * 0.55, horizon],
    ])
  ) {
    return mix({ red: 84, green: 86, blue: 108 }, { red: 120, green: 122, blue: 140 }, (y - 0.27) / 0.35);
  }
  if (
    inTriangle(x, y, [
      [aspect * 0.36, horizon],
      [aspect * 0.63, 0.35],
      [aspect * 0.92, horizon],
    ])
  ) {
    return { red: 132, green: 116, blue: 140 };
  }
  if (y < horizon) return mix(sky.top, sky.horizon, y / horizon);
  return mix(ground.near, ground.far, x / aspect);
}

/**
 * A zone plate: brightness 0.5 + 0.5 cos(pi r^2 / (2 size)) ripples at r / (2 size) cycles per pixel, from 0 at
 * the centre to a quarter at the edges (below Nyquist's half everywhere, so it never aliases). One picture
 * shows which spatial frequencies a kernel keeps (blur) or boosts (sharpen, edges).
 */
export function zonePlateLevel(x: number, y: number, size: number): number {
  const dx = x - size / 2;
  const dy = y - size / 2;
  return Math.round(127.5 + 127.5 * Math.cos((Math.PI * (dx * dx + dy * dy)) / (2 * size)));
}

/** Renders a scene to RGB bytes: `pixel(x, y)` gets pixel-centre coordinates in units of the height. */
export function renderRgb(width: number, height: number, pixel: (x: number, y: number) => Rgb): Uint8Array {
  const data = new Uint8Array(width * height * 3);
  let at = 0;
  for (let row = 0; row < height; row++) {
    for (let column = 0; column < width; column++) {
      const colour = pixel((column + 0.5) / height, (row + 0.5) / height);
      data[at++] = Math.round(colour.red);
      data[at++] = Math.round(colour.green);
      data[at++] = Math.round(colour.blue);
    }
  }
  return data;
}
