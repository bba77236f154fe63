import { pageTour } from "./page-tour";

pageTour("signed in");
