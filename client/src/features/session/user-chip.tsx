import { useState } from 'react';
import { useSession } from '../../lib/session-context.ts';

/** Who is signed in, with their role, and a way out; nothing when sign-in is off. */
export function UserChip() {
  const { auth, user, signOut } = useSession();
  const [leaving, setLeaving] = useState(false);
  if (auth === 'off') return null;
  return (
    <div className="user-chip" data-testid="user-chip">
      <span className="user-chip__who">
        <span className="user-chip__name">{user.name}</span>
        <span className="user-chip__role">{user.role}</span>
      </span>
      <button
        type="button"
        className="button button--small"
        disabled={leaving}
        data-testid="sign-out"
        onClick={() => {
          setLeaving(true);
          void signOut();
        }}
      >
        Sign out
      </button>
    </div>
  );
}
