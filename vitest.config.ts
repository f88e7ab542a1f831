import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    // Ceilings for a loaded two-core machine, never speed limits (vitest's default is 5 s);
    // a test that needs more says so itself.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
