// Tests run the features wired as the app wires them (src/app/wiring.server.ts).
import { wireFeatures } from '#app/wiring.server.ts';

wireFeatures();
