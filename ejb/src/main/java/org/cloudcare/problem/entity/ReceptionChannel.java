package org.cloudcare.problem.entity;

/** The channel by which the provider received the request (ITU-T Y.3502 8.3.2.14: requests however received). */
public enum ReceptionChannel {
    PORTAL, EMAIL, PHONE, CHAT, FORUM
}
