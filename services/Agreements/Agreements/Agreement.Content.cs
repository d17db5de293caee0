using Corridor.BuildingBlocks.Domain;

namespace Corridor.Agreements.Agreements;

/// <summary>The rules a draft, a revision or an amended content must satisfy, and how content is applied.</summary>
public sealed partial class Agreement
{
    private static void Check(AgreementContent content)
    {
        Required(content.Title, "title");
        if (content.Parties.Count < 2)
        {
            throw new DomainRuleException("agreement.too-few-parties", "An agreement needs at least two parties.");
        }

        if (content.Parties.Select(p => p.OrganId).Distinct(StringComparer.Ordinal).Count() != content.Parties.Count)
        {
            throw new DomainRuleException("agreement.duplicate-party", "An organ can be a party only once.");
        }

        // That a party is an active organ of a member region is the directory's to say (PartyDirectory, before the domain).
        if (content.Parties.FirstOrDefault(p => !UnifiedSocialCreditCode.IsValid(p.OrganId)) is { } bad)
        {
            throw new DomainRuleException("agreement.party-identity", $"Party {bad.OrganId} must be a valid unified social credit code.");
        }

        CheckTerm(content.TermStart, content.TermEnd);
        CheckPlans(content.Plans, content.TermStart, content.TermEnd);
        if (content.Document is { } document)
        {
            CheckDocument(document);
        }
    }

    private static void CheckTerm(DateOnly start, DateOnly? end)
    {
        if (end is { } last && last < start)
        {
            throw new DomainRuleException("agreement.term", "The term cannot end before it starts.");
        }
    }

    private static void CheckPlans(IReadOnlyList<AreaPlan> plans, DateOnly start, DateOnly? end)
    {
        if (plans.GroupBy(p => (p.Year, p.Area)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainRuleException("agreement.plan-duplicate", $"The plan names {twice.Key.Area} for {twice.Key.Year} more than once.");
        }

        if (plans.FirstOrDefault(p => p.Year < start.Year || (end is { } last && p.Year > last.Year)) is { } outside)
        {
            throw new DomainRuleException("agreement.plan-outside-term", $"The plan for {outside.Year} lies outside the term.");
        }

        if (plans.FirstOrDefault(p => p.Planned < 0) is { } negative)
        {
            throw new DomainRuleException("agreement.plan-negative", $"The plan for {negative.Area} in {negative.Year} cannot be negative.");
        }
    }

    private static void CheckDocument(DocumentReference document)
    {
        if (!DocumentReference.IsSha256(document.Sha256) || string.IsNullOrWhiteSpace(document.Location))
        {
            throw new DomainRuleException("agreement.document", "A document reference needs the file's SHA-256 (64 lowercase hex digits) and its location.");
        }
    }

    private void ApplyContent(AgreementContent content)
    {
        Kind = content.Kind;
        Title = content.Title.Trim();
        Witness = string.IsNullOrWhiteSpace(content.Witness) ? null : content.Witness.Trim();
        TermStart = content.TermStart;
        TermEnd = content.TermEnd;
        DocumentSha256 = content.Document?.Sha256;
        DocumentLocation = content.Document?.Location;
        ReplaceParties(content.Parties);
        _plans.Clear();
        _plans.AddRange(content.Plans.OrderBy(p => p.Year).ThenBy(p => p.Area));
    }

    /// <summary>Keeps the parties (and their signatures) that stay, drops the others and adds the new ones unsigned.</summary>
    private void ReplaceParties(IReadOnlyList<PartyTerms> parties)
    {
        _parties.RemoveAll(p => parties.All(n => n.OrganId != p.OrganId));
        foreach (var terms in parties)
        {
            if (_parties.FirstOrDefault(p => p.OrganId == terms.OrganId) is { } kept)
            {
                kept.Rename(terms.OrganName, terms.RegionCode);
            }
            else
            {
                _parties.Add(new AgreementParty(terms.OrganId, terms.OrganName, terms.RegionCode));
            }
        }
    }
}
