using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Ipt.Domain.ProblemAreas;
using Ipt.Domain.Protocols;

namespace Ipt.Domain.Fidelity;

/// <summary>
/// Scores session ratings against an <see cref="AdherenceChecklist"/> (the four behaviour kinds of [S126]):
/// <list type="bullet">
/// <item>a proscribed item observed: <c>fidelity.proscribed-behaviour-observed</c> (error), and the session scores 0;</item>
/// <item>an essential item of every session (no area) not observed: <c>fidelity.essential-item-missing</c> (warning); the
/// session scores the share of those observed;</item>
/// <item>a strategy of a focus's problem area observed in none of the rated sessions with that focus:
/// <c>fidelity.area-strategy-not-observed</c> (warning; strategies are worked across the middle phase, not each session).</item>
/// </list>
/// Allowed items are neither required nor counted against. The compliance is the mean session score.
/// </summary>
public static class AdherenceReview
{
    /// <summary>Checks ratings and appends findings; returns the compliance (0–1).</summary>
    /// <param name="checklist">The protocol's checklist.</param>
    /// <param name="sessionsRecorded">Sessions in the course's log (a rating must name one of them).</param>
    /// <param name="ratings">The ratings.</param>
    /// <param name="findings">Where findings are appended.</param>
    /// <returns>The mean session score, 1 for no ratings.</returns>
    /// <exception cref="ArgumentNullException">An argument or rating is null.</exception>
    /// <exception cref="ArgumentException">A rating names an unknown session, a session twice, or a code not on the checklist.</exception>
    public static double Check(AdherenceChecklist checklist, int sessionsRecorded, IReadOnlyList<SessionAdherenceRating> ratings, List<FidelityFinding> findings)
    {
        Guard.Against.Null(checklist);
        Guard.Against.Null(ratings);
        Guard.Against.Null(findings);
        var sessions = new HashSet<int>();
        var strategiesSeen = new Dictionary<ProblemArea, HashSet<string>>();
        double total = 0;
        foreach (SessionAdherenceRating r in ratings)
        {
            Guard.Against.Null(r, nameof(ratings));
            Guard.Against.Null(r.Observed, nameof(ratings));
            if (r.SessionNumber < 1 || r.SessionNumber > sessionsRecorded || !sessions.Add(r.SessionNumber))
            {
                throw new ArgumentException("Each rating must name a different recorded session.", nameof(ratings));
            }

            var observed = new HashSet<string>(StringComparer.Ordinal);
            foreach (string code in r.Observed)
            {
                if (code is null || !checklist.TryGet(code, out AdherenceItem? item) || (item.Area is { } a && a != r.Focus))
                {
                    throw new ArgumentException("Every observed code must be an item of the checklist for the session's focus.", nameof(ratings));
                }

                observed.Add(code);
            }

            string n = r.SessionNumber.ToString(CultureInfo.InvariantCulture);
            IReadOnlyList<AdherenceItem> items = checklist.For(r.Focus);
            bool proscribed = false;
            int expected = 0, met = 0;
            foreach (AdherenceItem item in items)
            {
                bool seen = observed.Contains(item.Code);
                if (item.Category == AdherenceCategory.Proscribed && seen)
                {
                    proscribed = true;
                    Add(findings, FidelityCodes.ProscribedBehaviourObserved, "Session " + n + " shows a behaviour the protocol proscribes (" + item.Code + ", " + item.Sources + ").", r.SessionNumber, item.Code);
                }
                else if (item.Area is null && item.Category is AdherenceCategory.EssentialUnique or AdherenceCategory.EssentialShared)
                {
                    expected++;
                    met += seen ? 1 : 0;
                    if (!seen)
                    {
                        Add(findings, FidelityCodes.EssentialItemMissing, "Session " + n + " lacks the essential item " + item.Code + ".", r.SessionNumber, item.Code);
                    }
                }
                else if (item.Area is { } area && item.Category is AdherenceCategory.EssentialUnique or AdherenceCategory.EssentialShared)
                {
                    if (!strategiesSeen.TryGetValue(area, out HashSet<string>? set))
                    {
                        strategiesSeen[area] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    if (seen)
                    {
                        set.Add(item.Code);
                    }
                }
            }

            total += proscribed ? 0 : expected == 0 ? 1 : (double)met / expected;
        }

        foreach ((ProblemArea area, HashSet<string> seen) in strategiesSeen.OrderBy(x => x.Key))
        {
            foreach (AdherenceItem item in checklist.Items.Where(i => i.Area == area && i.Category is AdherenceCategory.EssentialUnique or AdherenceCategory.EssentialShared && !seen.Contains(i.Code)))
            {
                Add(findings, FidelityCodes.AreaStrategyNotObserved, "The strategy " + item.Code + " was not observed in any rated session with this focus.", null, item.Code);
            }
        }

        return ratings.Count == 0 ? 1 : total / ratings.Count;
    }

    private static void Add(List<FidelityFinding> findings, string code, string message, int? session, string subject) =>
        findings.Add(new FidelityFinding(code, FidelityCodes.SeverityOf(code), FidelityRules.Adherence, message, session, subject));
}
