import { useQuery } from "urql";
import { SignedInOnly } from "../components/access-notice";
import { ProfileApiKeys, ProfileApiKeys_Key } from "../components/profile-api-keys";
import { ProfileData } from "../components/profile-data";
import { ProfileDetails, ProfileDetails_Person } from "../components/profile-details";
import {
  ProfileNotifications,
  ProfileNotifications_Person,
} from "../components/profile-notifications";
import {
  ProfileOrganisations,
  ProfileOrganisations_Person,
} from "../components/profile-organisations";
import { ProfilePassword } from "../components/profile-password";
import { ProfileSessions, ProfileSessions_Session } from "../components/profile-sessions";
import { QueryStatus } from "../components/query-status";
import { graphql } from "../graphql";
import { useDocumentTitle, useI18n } from "../i18n";

const ProfilePage_Me = graphql(
  `
    query ProfilePage_Me {
      me {
        id
        ...ProfileDetails_Person
        ...ProfileOrganisations_Person
        ...ProfileNotifications_Person
      }
      mySessions {
        id
        current
        actingOrganisation {
          id
        }
        ...ProfileSessions_Session
      }
      myApiKeys {
        id
        ...ProfileApiKeys_Key
      }
    }
  `,
  [
    ProfileDetails_Person,
    ProfileOrganisations_Person,
    ProfileNotifications_Person,
    ProfileSessions_Session,
    ProfileApiKeys_Key,
  ],
);

/**
 * The signed-in person's own page: details, organisations, password, sessions, API keys and
 * personal data.
 */
export function ProfilePage() {
  const { t } = useI18n();
  useDocumentTitle(t("profile.documentTitle"));
  return (
    <SignedInOnly heading={t("profile.heading")}>
      <Profile />
    </SignedInOnly>
  );
}

function Profile() {
  const { t } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProfilePage_Me });
  const refresh = () => reexecute({ requestPolicy: "network-only" });
  const me = data?.me;
  const acting = data?.mySessions.find((s) => s.current)?.actingOrganisation?.id ?? null;

  return (
    <>
      <div className="page-intro">
        <h1>{t("profile.heading")}</h1>
        <p className="lead">{t("profile.intro")}</p>
      </div>
      <QueryStatus
        fetching={fetching}
        error={error}
        hasData={me != null}
        onRetry={refresh}
        belowPageHeading
      />
      {data && me && (
        <div className="profile">
          <ProfileDetails person={me} />
          <ProfileOrganisations person={me} actingOrganisationId={acting} onChange={refresh} />
          <ProfileNotifications person={me} />
          <ProfilePassword onChange={refresh} />
          <ProfileSessions sessions={data.mySessions} onChange={refresh} />
          <ProfileApiKeys keys={data.myApiKeys} onChange={refresh} />
          <ProfileData />
        </div>
      )}
    </>
  );
}
