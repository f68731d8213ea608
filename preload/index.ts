// Placeholder preload; the desktop-app issue exposes the typed API through contextBridge.
export {};
