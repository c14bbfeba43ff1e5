// The logged-in user and what their roles allow. Each role includes the ones below it: viewer < analyst < admin.

const RANKS = {viewer: 1, analyst: 2, admin: 3};

export class UserSession {
  /** @param answer the body of GET or POST /api/v1/session: {user, roles, masked, csrfToken} */
  constructor(answer) {
    this.user = answer.user;
    this.roles = Array.isArray(answer.roles) ? answer.roles : [];
    this.masked = Boolean(answer.masked);
    this.csrfToken = answer.csrfToken;
    this.rank = Math.max(0, ...this.roles.map((role) => RANKS[role] ?? 0));
  }

  /** @return whether the user may do what the role allows */
  may(role) {
    return this.rank >= (RANKS[role] ?? Infinity);
  }
}
