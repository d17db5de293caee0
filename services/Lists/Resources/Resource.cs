using Corridor.BuildingBlocks.Domain;
using Corridor.BuildingBlocks.Security;
using Corridor.Contracts.Events;

namespace Corridor.Lists.Resources;

/// <summary>
/// A resource (资源清单) an organ of a region offers to the corridor. Only the offering region edits,
/// withdraws or exhausts it; commitments reserve and release it.
/// </summary>
public sealed class Resource : AggregateRoot
{
    private Resource()
    {
    }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public ResourceCategory Category { get; private set; }

    /// <summary>Stored exactly, see <see cref="ResourceCapacity"/>.</summary>
    public long CapacityThousandths { get; private set; }

    public decimal Capacity => ResourceCapacity.FromThousandths(CapacityThousandths);

    public string Unit { get; private set; } = "";

    public DateOnly ValidFrom { get; private set; }

    public DateOnly ValidTo { get; private set; }

    public string OrganId { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    /// <summary>The submitting region's own id for the record, unique within that region.</summary>
    public string? ExternalReference { get; private set; }

    public ResourceStatus Status { get; private set; }

    public Guid? ReservedBy { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public bool IsCurrent => Status is ResourceStatus.Available or ResourceStatus.Reserved;

    /// <summary>The caller's organ offers the resource for the caller's region.</summary>
    public static Resource Offer(ResourceInput input, CallerIdentity caller, DateTime now)
    {
        CheckWindow(input);
        var resource = new Resource
        {
            OrganId = caller.Organ,
            RegionCode = caller.Region,
            ExternalReference = input.ExternalReference,
            Status = ResourceStatus.Available,
            CreatedAt = now,
        };
        resource.Apply(input, now);
        var version = resource.NextVersion();
        resource.Raise(new ResourceOffered(
            resource.Id, resource.Title, resource.Category.ToString(), resource.OrganId, resource.RegionCode, resource.Capacity, resource.Unit,
            resource.ValidFrom, resource.ValidTo, resource.ExternalReference, version, now));
        return resource;
    }

    /// <summary>
    /// Replaces the content with <paramref name="input"/>. Returns false (no new version, no event) when
    /// nothing differs, so a resubmitted batch leaves unchanged records alone.
    /// </summary>
    public bool Update(ResourceInput input, CallerIdentity caller, DateTime now)
    {
        EnsureOwner(caller, "edit");
        EnsureCurrent("edited");
        CheckWindow(input);
        if (input.ExternalReference is not null && input.ExternalReference != ExternalReference)
        {
            throw new DomainRuleException("resource.external-reference-fixed", "A resource's external reference cannot be changed.");
        }

        if (SameContentAs(input))
        {
            return false;
        }

        Apply(input, now);
        var version = NextVersion();
        Raise(new ResourceUpdated(Id, Title, Category.ToString(), Capacity, Unit, ValidFrom, ValidTo, version, now));
        return true;
    }

    public void Withdraw(CallerIdentity caller, string reason, DateTime now)
    {
        EnsureOwner(caller, "withdraw");
        EnsureCurrent("withdrawn");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("resource.reason-required", "Say why the resource is withdrawn.");
        }

        Status = ResourceStatus.Withdrawn;
        WithdrawalReason = reason;
        UpdatedAt = now;
        Raise(new ResourceWithdrawn(Id, RegionCode, reason, NextVersion(), now));
    }

    public void MarkExhausted(CallerIdentity caller, DateTime now)
    {
        EnsureOwner(caller, "exhaust");
        EnsureCurrent("exhausted");
        Status = ResourceStatus.Exhausted;
        UpdatedAt = now;
        Raise(new ResourceExhausted(Id, RegionCode, NextVersion(), now));
    }

    /// <summary>A commitment takes the resource; the commitment's own rules decided who may do that.</summary>
    public void Reserve(Guid commitmentId, DateTime now)
    {
        if (Status != ResourceStatus.Available)
        {
            throw new DomainRuleException("resource.not-available", $"Only an available resource can be reserved; the resource is {Status}.");
        }

        Status = ResourceStatus.Reserved;
        ReservedBy = commitmentId;
        UpdatedAt = now;
        Raise(new ResourceReserved(Id, commitmentId, NextVersion(), now));
    }

    public void Release(Guid commitmentId, DateTime now)
    {
        if (Status != ResourceStatus.Reserved || ReservedBy != commitmentId)
        {
            throw new DomainRuleException("resource.not-reserved-by", "The resource is not reserved by this commitment.");
        }

        Status = ResourceStatus.Available;
        ReservedBy = null;
        UpdatedAt = now;
        Raise(new ResourceReleased(Id, commitmentId, NextVersion(), now));
    }

    public bool Covers(DateOnly day) => ValidFrom <= day && day <= ValidTo;

    private bool SameContentAs(ResourceInput input) =>
        Title == input.Title && Description == input.Description && Category == input.Category
        && CapacityThousandths == ResourceCapacity.ToThousandths(input.Capacity) && Unit == input.Unit
        && ValidFrom == input.ValidFrom && ValidTo == input.ValidTo;

    private void Apply(ResourceInput input, DateTime now)
    {
        Title = input.Title;
        Description = input.Description;
        Category = input.Category;
        CapacityThousandths = ResourceCapacity.ToThousandths(input.Capacity);
        Unit = input.Unit;
        ValidFrom = input.ValidFrom;
        ValidTo = input.ValidTo;
        UpdatedAt = now;
    }

    private static void CheckWindow(ResourceInput input)
    {
        if (input.ValidTo < input.ValidFrom)
        {
            throw new DomainRuleException("resource.invalid-window", "The validity window ends before it starts.");
        }
    }

    private void EnsureOwner(CallerIdentity caller, string action)
    {
        if (caller.Region != RegionCode)
        {
            throw new ForbiddenException("resource.not-owner", $"Only the offering region ({RegionCode}) can {action} this resource.");
        }
    }

    private void EnsureCurrent(string what)
    {
        if (!IsCurrent)
        {
            throw new DomainRuleException("resource.closed", $"A {Status.ToString().ToLowerInvariant()} resource cannot be {what}.");
        }
    }
}
