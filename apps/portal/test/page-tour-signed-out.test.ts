import { pageTour } from "./page-tour";

pageTour("signed out");
