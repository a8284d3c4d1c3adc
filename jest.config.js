/** Unit, component, integration and browser (Playwright in Debian's Chromium, test/e2e) tests. */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2022",
    },
  },
];

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: { "^.+\\.(t|j)sx?$": swc },
      testMatch: ["<rootDir>/test/**/*.test.ts"],
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      transform: { "^.+\\.(t|j)sx?$": swc },
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/setup/textEncoder.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/domTimeout.ts"],
    },
  ],
};
