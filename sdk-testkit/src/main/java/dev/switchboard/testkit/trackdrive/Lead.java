package dev.switchboard.testkit.trackdrive;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;

/** One lead as the emulation stores it: the value of every column, changed only under the {@link LeadStore} lock. */
final class Lead {
    long id;
    String uuid;
    Instant createdAt;
    Instant updatedAt;
    Instant userUpdatedAt;
    String externalRecordId;
    String fullName;
    String callerId;
    String email;
    String contactFieldType = "phone";
    Integer expiresIn;
    String country = "US";
    String stateProvince;
    String zip;
    String timeZone;
    String subId;
    Long offerId;
    Long scheduleId;
    String status;
    boolean optOut;
    BigDecimal revenue = BigDecimal.ZERO;
    BigDecimal payout = BigDecimal.ZERO;
    boolean offerConverted;
    boolean buyerConverted;
    Long trafficSourceId;
    Long buyerId;
    Long leadImportId;
    String remoteIp;
    Long attemptedCallId;
    Long connectedCallId;
    Long scheduledCallbackId;
    Long callBuyerConversionId;
    Long callOfferConversionId;
    Long smsNumberId;
    Long dialNumberId;
    Integer dialTier;
    Instant lastActionAt;
    Instant firstActionAt;
    Instant firstQueuedAt;
    Instant scheduleEndedAt;
    Instant nextActionAt;
    Instant lastCallAt;
    boolean isLive;
    String scheduleTriggerType;
    boolean blocked;
    ObjectNode data = JsonNodeFactory.instance.objectNode();
    long contactId;
}
