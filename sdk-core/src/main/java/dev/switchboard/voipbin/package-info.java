/**
 * The VoIPBin client: {@link dev.switchboard.voipbin.VoipbinClient} and its
 * {@link dev.switchboard.voipbin.GroupcallService groupcalls} service.
 */
package dev.switchboard.voipbin;
