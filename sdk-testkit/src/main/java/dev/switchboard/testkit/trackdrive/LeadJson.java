package dev.switchboard.testkit.trackdrive;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Lead rendering: the column list of a {@code serializer} or of a {@code columns=} pick list, and a lead as the JSON
 * object of those columns (timestamps in the request's time zone, money as decimal strings).
 */
final class LeadJson {

    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", Locale.ROOT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LeadJson() {
    }

    /** The keys of a {@code serializer} ({@code lead} when blank), else 422. */
    static List<String> serializerColumns(String serializer) throws Reject {
        if (serializer == null || serializer.isBlank() || serializer.equals("lead")) {
            return TrackdriveEmulation.LEAD_COLUMNS;
        }
        return switch (serializer) {
            case "lead_grid" -> TrackdriveEmulation.GRID_COLUMNS;
            case "lead_external" -> TrackdriveEmulation.EXTERNAL_COLUMNS;
            default -> throw new Reject(422, "serializer must be one of: lead, lead_grid, lead_external");
        };
    }

    /**
     * The columns of a list request: those of {@code serializer}, or, when {@code columns} is given, exactly those keys
     * in the requested order (any of {@link TrackdriveEmulation#ALL_COLUMNS}; an unknown one is a 422).
     */
    static List<String> listColumns(String serializer, String columns) throws Reject {
        List<String> cols = serializerColumns(serializer);
        if (columns != null && !columns.isBlank()) {
            LinkedHashSet<String> chosen = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String c : columns.split(",")) {
                String t = c.trim();
                if (t.isEmpty()) {
                    continue;
                }
                if (TrackdriveEmulation.ALL_COLUMNS.contains(t)) {
                    chosen.add(t);
                } else {
                    unknown.add(t);
                }
            }
            if (!unknown.isEmpty()) {
                throw new Reject(422, "Unknown column(s): " + String.join(", ", unknown)
                        + ". columns must be any combination of: "
                        + String.join(", ", TrackdriveEmulation.ALL_COLUMNS));
            }
            cols = List.copyOf(chosen);
        }
        return cols;
    }

    /** The lead as a JSON object of {@code columns}, in their order, timestamps at {@code zone}'s offset. */
    static ObjectNode serialize(Lead l, List<String> columns, ZoneId zone) {
        ObjectNode n = NODES.objectNode();
        for (String c : columns) {
            putColumn(n, c, l, zone);
        }
        return n;
    }

    private static void putColumn(ObjectNode n, String c, Lead l, ZoneId zone) {
        switch (c) {
            case "id" -> n.put(c, l.id);
            case "legacy_id", "deleted_at" -> n.putNull(c);
            case "type" -> n.put(c, "Lead");
            case "uuid" -> n.put(c, l.uuid);
            case "created_at" -> time(n, c, l.createdAt, zone);
            case "updated_at" -> time(n, c, l.updatedAt, zone);
            case "user_updated_at" -> time(n, c, l.userUpdatedAt, zone);
            case "routes_show_path" -> n.put(c, "/leads/" + l.id);
            case "routes_edit_path" -> n.put(c, "/leads/" + l.id + "/edit");
            case "external_record_id" -> n.put(c, l.externalRecordId);
            case "context_menu_name" -> n.put(c, "Lead #" + l.id);
            case "name" -> n.put(c, l.fullName != null ? l.fullName : l.callerId);
            case "caller_id" -> n.put(c, l.callerId);
            case "email" -> n.put(c, l.email);
            case "full_name" -> n.put(c, l.fullName);
            case "contact_field_type" -> n.put(c, l.contactFieldType);
            case "expires_in" -> n.put(c, l.expiresIn);
            case "country" -> n.put(c, l.country);
            case "state_province" -> n.put(c, l.stateProvince);
            case "zip_postal_code" -> n.put(c, l.zip);
            case "time_zone" -> n.put(c, l.timeZone);
            case "sub_id" -> n.put(c, l.subId);
            case "offer_id" -> n.put(c, l.offerId);
            case "schedule_id" -> n.put(c, l.scheduleId);
            case "status" -> n.put(c, l.status);
            case "human_status" -> n.put(c, humanStatus(l.status));
            case "css_status" -> n.put(c, switch (l.status) {
                case "converted" -> "success";
                case "scheduled", "pending" -> "info";
                case "opted_out" -> "danger";
                case "expired" -> "warning";
                default -> "default";
            });
            case "has_next_action" -> n.put(c, l.nextActionAt != null);
            case "opt_out" -> n.put(c, l.optOut);
            case "revenue" -> n.put(c, money(l.revenue));
            case "payout" -> n.put(c, money(l.payout));
            case "offer_converted" -> n.put(c, l.offerConverted);
            case "buyer_converted" -> n.put(c, l.buyerConverted);
            case "traffic_source_id" -> n.put(c, l.trafficSourceId);
            case "buyer_id" -> n.put(c, l.buyerId);
            case "lead_import_id" -> n.put(c, l.leadImportId);
            case "remote_ip" -> n.put(c, l.remoteIp);
            case "attempted_call_id" -> n.put(c, l.attemptedCallId);
            case "connected_call_id" -> n.put(c, l.connectedCallId);
            case "scheduled_callback_id" -> n.put(c, l.scheduledCallbackId);
            case "call_buyer_conversion_id" -> n.put(c, l.callBuyerConversionId);
            case "call_offer_conversion_id" -> n.put(c, l.callOfferConversionId);
            case "sms_number_id" -> n.put(c, l.smsNumberId);
            case "dial_number_id" -> n.put(c, l.dialNumberId);
            case "dial_tier" -> n.put(c, l.dialTier);
            case "last_action_at" -> time(n, c, l.lastActionAt, zone);
            case "first_action_at" -> time(n, c, l.firstActionAt, zone);
            case "first_queued_at" -> time(n, c, l.firstQueuedAt, zone);
            case "schedule_ended_at" -> time(n, c, l.scheduleEndedAt, zone);
            case "next_action_at" -> time(n, c, l.nextActionAt, zone);
            case "last_call_at" -> time(n, c, l.lastCallAt, zone);
            case "is_live" -> n.put(c, l.isLive);
            case "schedule_trigger_type" -> n.put(c, l.scheduleTriggerType);
            case "blocked" -> n.put(c, l.blocked);
            case "data" -> n.set(c, l.data.deepCopy());
            case "contact_id" -> n.put(c, l.contactId);
            default -> throw new IllegalArgumentException("unknown column " + c);
        }
    }

    private static String humanStatus(String status) {
        String s = status.replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String money(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 1 ? s.setScale(1) : s).toPlainString();
    }

    private static void time(ObjectNode n, String name, Instant t, ZoneId zone) {
        if (t == null) {
            n.putNull(name);
        } else {
            n.put(name, OUT.format(t.atZone(zone)));
        }
    }
}
