/**
 * Component tests wait for what a user waits for (a lazily loaded dialog, a preview after a change).
 * Testing Library's default of 1 s fails on a loaded 2-core CI machine while the first lazy chunk of
 * Fluent UI is compiled; 10 s is a bound on waiting, not a speed claim (speed is in npm run bench).
 */
import { configure } from "@testing-library/react";

configure({ asyncUtilTimeout: 10000 });
